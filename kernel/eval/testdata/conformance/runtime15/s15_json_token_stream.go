package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Cell struct {
	Kind   string   `json:"cell_type"`
	Source []string `json:"source"`
}

// A token stream over a notebook-like document: Token until the array of
// cells, then Decode of each cell, then Token again.
func main() {
	doc := `{"nbformat":4,"cells":[{"cell_type":"code","source":["x := 1"]},{"cell_type":"markdown","source":["# hi","there"]}],"metadata":{"k":null}}`
	dec := json.NewDecoder(strings.NewReader(doc))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			return
		}
		fmt.Printf("%T %v more=%v\n", t, t, dec.More())
		if t == "cells" {
			if _, err := dec.Token(); err != nil {
				fmt.Println(err)
				return
			}
			for dec.More() {
				var c Cell
				if err := dec.Decode(&c); err != nil {
					fmt.Println(err)
					return
				}
				fmt.Printf("cell %+v offset=%d\n", c, dec.InputOffset())
			}
			t, _ := dec.Token()
			fmt.Printf("end %v\n", t)
		}
	}
	bad := json.NewDecoder(strings.NewReader(`[1, {"a" 2}]`))
	for {
		t, err := bad.Token()
		if err != nil {
			fmt.Println("bad:", err)
			break
		}
		fmt.Println("tok", t)
	}
}
