# Everyday commands. `make run` and `make test` do their own set-up on a fresh machine.
.PHONY: run test setup train shell content validate lock evaluate safety-report

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
