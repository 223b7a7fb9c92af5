package main

import (
	"encoding/json"
	"fmt"
)

type Cell struct {
	Outputs []Output `json:"outputs"`
}

type Output struct {
	Kind string         `json:"output_type"`
	Data map[string]int `json:"data"`
	Exec *int           `json:"execution_count"`
}

type Notebook struct {
	Cells    []Cell `json:"cells"`
	Metadata struct {
		Kernel struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
}

// Paths of type errors through slices, maps, pointers and anonymous
// structs of a notebook-shaped document.
func main() {
	for _, d := range []string{
		`{"cells":[{"outputs":[{"output_type":"stream","data":{"n":"x"}}]}]}`,
		`{"cells":[{"outputs":[{"execution_count":"one"}]}]}`,
		`{"cells":[{},{"outputs":[{"output_type":5}]}]}`,
		`{"metadata":{"kernelspec":{"name":["go"]}}}`,
		`{"cells":{"a":1}}`,
		`{"cells":[{"outputs":"none"}]}`,
	} {
		var nb Notebook
		err := json.Unmarshal([]byte(d), &nb)
		fmt.Println(err)
		fmt.Println(" cells:", len(nb.Cells), nb.Metadata.Kernel.Name)
	}
}
