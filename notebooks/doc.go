// Package notebooks holds the course notebooks: one Go translation of each
// seed document of the Korean course on processes and threads.
//
// The notebooks (NN-topic.ipynb) are generated from their translation
// sources in src/ by cmd/mknb, then executed by the gonotes kernel, which
// stores the real outputs in them:
//
//	go generate ./notebooks
//	go build -o /tmp/gonotes . && /tmp/gonotes run notebooks/NN-topic.ipynb --inplace
//
// The package's test re-executes every notebook and compares each cell's
// output with the stored one, as the cell's "gonotes" metadata says.
package notebooks

//go:generate go run ../cmd/mknb -src src -out .
