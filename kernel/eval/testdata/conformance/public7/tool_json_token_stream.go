package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

const stream = `{"events": [
  {"type": "click", "x": 10, "y": 20},
  {"type": "key", "key": "a", "mods": ["shift"]},
  {"type": "click", "x": 5, "y": 7.5}
], "count": 3, "ok": true, "meta": null}`

type Event struct {
	Type string   `json:"type"`
	X    float64  `json:"x,omitempty"`
	Y    float64  `json:"y,omitempty"`
	Key  string   `json:"key,omitempty"`
	Mods []string `json:"mods,omitempty"`
}

func main() {
	d := json.NewDecoder(strings.NewReader(stream))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
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
			fmt.Printf("%sdelim %v\n", strings.Repeat(" ", depth), t)
		case string:
			fmt.Printf("%sstring %q more=%v\n", strings.Repeat(" ", depth), t, d.More())
			if t == "events" {
				// stream the array elements
				d.Token() // [
				for d.More() {
					var e Event
					if err := d.Decode(&e); err != nil {
						fmt.Println("decode:", err)
						return
					}
					fmt.Printf("  event %+v\n", e)
				}
				d.Token() // ]
			}
		case float64:
			fmt.Printf("%snumber %v\n", strings.Repeat(" ", depth), t)
		case bool:
			fmt.Printf("%sbool %v\n", strings.Repeat(" ", depth), t)
		case nil:
			fmt.Printf("%snull\n", strings.Repeat(" ", depth))
		}
	}
	fmt.Println("offset", d.InputOffset())
	var raw struct {
		Events []json.RawMessage `json:"events"`
		Count  json.Number       `json:"count"`
	}
	err := json.Unmarshal([]byte(stream), &raw)
	fmt.Println(len(raw.Events), string(raw.Events[1]), raw.Count, err)
	out, _ := json.Marshal(Event{Type: "scroll", Y: -3})
	fmt.Println(string(out))
	var e Event
	err = json.Unmarshal([]byte(`{"type": 5}`), &e)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		ute = te
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
}
