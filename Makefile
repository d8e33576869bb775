# Everyday commands. `make run` and `make test` do their own set-up on a fresh machine.
.PHONY: run test setup train shell content validate lock evaluate safety-report portal staff slots notify retention export widget prod bench

run:          ## set up, train if needed, start the assistant
	bash scripts/run.sh

test:         ## set up, then the whole test suite
	bash scripts/test.sh

setup:        ## .venv, locked dependencies, language resources, database tables
	bash scripts/bootstrap.sh

train:        ## train when data, config or settings changed (make train ARGS=--force to retrain)
	bash scripts/train.sh $(ARGS)

shell:        ## chat in the terminal (start `make run` or the action server first for custom actions)
	bash scripts/bootstrap.sh && bash scripts/train.sh && .venv/bin/rasa shell --endpoints endpoints.yml

content:      ## rebuild responses and docs/content-review.md from content/
	.venv/bin/python scripts/build_content.py

validate:
	.venv/bin/rasa data validate --domain $$(.venv/bin/python scripts/render_domain.py) --data data

evaluate:     ## topic accuracy on tests/nlu/heldout.yml, side by side with Rasa's default pipeline
	bash scripts/bootstrap.sh && bash scripts/train.sh && .venv/bin/python scripts/evaluate_nlu.py

safety-report: ## red-flag and crisis recall, false alarms, per layer, on tests/safety/*.yml
	bash scripts/bootstrap.sh && bash scripts/train.sh && .venv/bin/python scripts/safety_report.py

lock:         ## re-resolve requirements/*.in into hashed lock files (needs network to PyPI)
	bash scripts/lock.sh

portal:       ## run only the staff portal on http://127.0.0.1:8000
	bash scripts/bootstrap.sh && .venv/bin/python -m clinic portal

staff:        ## add a staff portal account: make staff EMAIL=someone@clinic.example
	bash scripts/bootstrap.sh && .venv/bin/python -m clinic create-staff $(EMAIL)

slots:        ## create appointment slots from the opening hours (make slots DAYS=28)
	bash scripts/bootstrap.sh && .venv/bin/python -m clinic slots $(if $(DAYS),--days $(DAYS))

notify:       ## deliver queued staff notifications until Ctrl-C
	bash scripts/bootstrap.sh && .venv/bin/python -m clinic notify

retention:    ## anonymise patient data older than RETENTION_DAYS (make retention ARGS=--dry-run)
	bash scripts/bootstrap.sh && .venv/bin/python -m clinic retention $(ARGS)

export:       ## everything stored about one patient: make export ARGS="--reference B-XXXX-XXXX --actor you@clinic"
	bash scripts/bootstrap.sh && .venv/bin/python -m clinic export $(ARGS)

widget:       ## build widget/dist/clinic-chat.js (npm ci when the lock changed)
	bash scripts/build_widget.sh

prod:         ## production profile on this machine: PostgreSQL, Redis, 2 Rasa, HAProxy (make prod ARGS=stop|status)
	bash scripts/prod.sh $(or $(ARGS),start)

bench:        ## latency, throughput, memory and training time next to stock Rasa (ARGS=--quick for a smoke run)
	bash scripts/bootstrap.sh && bash scripts/train.sh && .venv/bin/python scripts/bench.py $(ARGS)
