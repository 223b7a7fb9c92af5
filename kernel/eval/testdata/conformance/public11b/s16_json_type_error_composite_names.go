package main

import (
	"encoding/json"
	"fmt"
)

type Cell struct{ Row, Col int }

type Sheet struct{ Title string }

// The errors of json.Unmarshal name slices, arrays and maps of notebook
// types with the types' names.
func main() {
	var cells []Cell
	fmt.Println(json.Unmarshal([]byte(`{"Row": 1}`), &cells))
	var grid [3]Cell
	fmt.Println(json.Unmarshal([]byte(`true`), &grid))
	var byName map[string]*Sheet
	fmt.Println(json.Unmarshal([]byte(`["a"]`), &byName))
	var byCell map[Cell]string
	fmt.Println(json.Unmarshal([]byte(`{"1,2": "x"}`), &byCell))
	var nested [][]Sheet
	fmt.Println(json.Unmarshal([]byte(`[{"Title": "t"}]`), &nested))
	var ok []Cell
	fmt.Println(json.Unmarshal([]byte(`[{"Row": 1, "Col": 2}]`), &ok), ok)
}
