/** The source the designer's own checks cite: no catalogue entry, the designer itself. */
export const SOURCE = 'Designer';
