package org.entente.analysis.stability;

/**
 * Similarity of two states' alliance portfolios: their commitment vectors toward every state of the system
 * (defense 3, neutrality or non-aggression 2, entente or consultation 1, none 0; a state's commitment to itself is
 * 3).
 */
public final class PortfolioSimilarity {

	private PortfolioSimilarity() {
	}

	/**
	 * Signorino and Ritter's (1999) S = 1 - 2 d / d_max, with d = Σ w_k |a_k - b_k| and d_max = Σ w_k · maxDistance:
	 * 1 for identical portfolios, -1 for opposite ones. Equal weights give the unweighted S; capability shares the
	 * weighted one.
	 */
	public static double signorinoRitter(double[] a, double[] b, double[] weights, double maxDistance) {
		double distance = 0;
		double maximum = 0;
		for (int k = 0; k < a.length; k++) {
			distance += weights[k] * Math.abs(a[k] - b[k]);
			maximum += weights[k] * maxDistance;
		}
		return maximum == 0 ? 1.0 : 1 - 2 * distance / maximum;
	}

	/**
	 * Kendall's tau-b between two vectors (Bueno de Mesquita 1975 used tau-b on alliance portfolios), corrected for
	 * ties; 0 when either vector is constant.
	 */
	public static double kendallTauB(double[] a, double[] b) {
		long concordant = 0;
		long discordant = 0;
		long tiesA = 0;
		long tiesB = 0;
		for (int i = 0; i < a.length; i++) {
			for (int j = i + 1; j < a.length; j++) {
				double da = Math.signum(a[i] - a[j]);
				double db = Math.signum(b[i] - b[j]);
				if (da == 0 && db == 0) {
					continue;
				} else if (da == 0) {
					tiesA++;
				} else if (db == 0) {
					tiesB++;
				} else if (da == db) {
					concordant++;
				} else {
					discordant++;
				}
			}
		}
		double denominator = Math.sqrt((double) (concordant + discordant + tiesA) * (concordant + discordant + tiesB));
		return denominator == 0 ? 0 : (concordant - discordant) / denominator;
	}

	/**
	 * Kendall's tau-b of two vectors whose values are small levels ({@code 0..L}), from their contingency table:
	 * {@code table[x][y]} is the number of positions where the first vector is {@code x} and the second {@code y}.
	 * Equal to {@link #kendallTauB(double[], double[])} of the vectors, in time that depends on L alone; alliance
	 * portfolios have four levels.
	 */
	public static double kendallTauB(int[][] table) {
		int levels = table.length;
		long concordant = 0;
		long discordant = 0;
		long tiesA = 0;
		long tiesB = 0;
		for (int x1 = 0; x1 < levels; x1++) {
			for (int y1 = 0; y1 < levels; y1++) {
				long here = table[x1][y1];
				if (here == 0) {
					continue;
				}
				for (int y2 = y1 + 1; y2 < levels; y2++) {
					tiesA += here * table[x1][y2];
				}
				for (int x2 = x1 + 1; x2 < levels; x2++) {
					tiesB += here * table[x2][y1];
					for (int y2 = 0; y2 < levels; y2++) {
						if (y2 > y1) {
							concordant += here * table[x2][y2];
						} else if (y2 < y1) {
							discordant += here * table[x2][y2];
						}
					}
				}
			}
		}
		double denominator = Math.sqrt((double) (concordant + discordant + tiesA) * (concordant + discordant + tiesB));
		return denominator == 0 ? 0 : (concordant - discordant) / denominator;
	}
}
