# A class on one hub (issue 18). Included by the Makefile, which defines
# PYTHON (Debian's python3, the one that runs Jupyter and JupyterHub).
#
#   make hub-test   Debian's JupyterHub on 127.0.0.1 with
#                   deploy/jupyterhub/jupyterhub_config.py; HUB_STUDENTS
#                   (default 20) students started through its REST API, each
#                   running HUB_NOTEBOOK through its server's kernel
#                   websocket, all at once; prints N/N, the wall times and
#                   the memory per student, and the kernel's memory after
#                   the notebook against an ipykernel kernel's after the
#                   seed's Python cells (one student's server runs both)

.PHONY: hub-test

hub-test:
	$(PYTHON) tests/hub/hub_test.py
