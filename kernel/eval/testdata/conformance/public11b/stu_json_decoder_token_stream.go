package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	ID    int             `json:"id"`
	Tags  []string        `json:"tags"`
	Extra json.RawMessage `json:"extra"`
}

func main() {
	const input = `{"items": [
		{"id": 1, "tags": ["a","b"], "extra": {"k": [1,2,3]}},
		{"id": 2, "tags": [], "extra": null},
		{"id": 3, "tags": ["c"], "extra": "text"}
	], "total": 3}`
	dec := json.NewDecoder(strings.NewReader(input))
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '{' || t == '[' {
				depth++
			} else {
				depth--
			}
			fmt.Printf("%*sdelim %v\n", depth*2, "", t)
		case string:
			fmt.Printf("%*sstring %q more=%v\n", depth*2, "", t, dec.More())
			if t == "items" {
				// stream the array's elements
				if _, err := dec.Token(); err != nil {
					fmt.Println(err)
					return
				}
				for dec.More() {
					var it Item
					if err := dec.Decode(&it); err != nil {
						fmt.Println(err)
						return
					}
					fmt.Printf("  item %d %v extra=%s\n", it.ID, it.Tags, it.Extra)
				}
				if _, err := dec.Token(); err != nil {
					fmt.Println(err)
					return
				}
			}
		default:
			fmt.Printf("%*s%T %v\n", depth*2, "", t, t)
		}
	}
	fmt.Println("offset", dec.InputOffset())

	d2 := json.NewDecoder(strings.NewReader(`{"id": 1, "name": "x"}`))
	d2.DisallowUnknownFields()
	var it Item
	fmt.Println(d2.Decode(&it))

	d3 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.5}`))
	d3.UseNumber()
	var m map[string]any
	fmt.Println(d3.Decode(&m))
	n := m["n"].(json.Number)
	_, ierr := n.Int64()
	fmt.Println(n.String(), ierr != nil, m["f"])
}
