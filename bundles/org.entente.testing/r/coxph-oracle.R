# The test oracle for Entente's Cox regression: R's survival::coxph on the same design matrix.
# Usage: Rscript coxph-oracle.R DESIGN.csv RESULT.csv efron|breslow
# DESIGN.csv has columns start, stop, event and one column per covariate; RESULT.csv gets lines kind,key,value.
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(survival))
d <- read.csv(args[1], check.names = FALSE)
covariates <- setdiff(names(d), c("start", "stop", "event"))
formula <- as.formula(paste("Surv(start, stop, event) ~", paste(sprintf("`%s`", covariates), collapse = " + ")))
fit <- coxph(formula, data = d, ties = args[3],
             control = coxph.control(eps = 1e-12, iter.max = 50, toler.chol = 1e-12))
out <- file(args[2], "w")
line <- function(kind, key, value) writeLines(sprintf("%s,%s,%.17g", kind, key, value), out)
writeLines(sprintf("version,survival,%s", as.character(packageVersion("survival"))), out)
for (i in seq_along(covariates)) {
  line("coef", covariates[i], coef(fit)[i])
  line("se", covariates[i], sqrt(vcov(fit)[i, i]))
}
line("loglik", "null", fit$loglik[1])
line("loglik", "fit", fit$loglik[2])
line("iterations", "", fit$iter)
base <- basehaz(fit, centered = FALSE)
for (k in seq_len(nrow(base))) line("basehaz", sprintf("%.17g", base$time[k]), base$hazard[k])
line("concordance", "", concordance(fit)$concordance)
km <- survfit(Surv(start, stop, event) ~ 1, data = d)
for (k in seq_along(km$time)) if (km$n.event[k] > 0) line("km", sprintf("%.17g", km$time[k]), km$surv[k])
close(out)
