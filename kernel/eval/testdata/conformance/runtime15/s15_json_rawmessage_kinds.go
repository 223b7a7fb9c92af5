package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Type string           `json:"type"`
	Data json.RawMessage  `json:"data"`
	Opt  *json.RawMessage `json:"opt,omitempty"`
}

type Point struct{ X, Y int }
type Label struct{ Text string }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// RawMessage delays decoding until the type is known; errors of the
// second step name the notebook type.
func main() {
	in := `[{"type":"point","data":{"X":1,"Y":2}},{"type":"label","data":{"Text":"hi"},"opt":[1, 2]},{"type":"point","data":{"X":"bad"}}]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(in), &envs); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range envs {
		var v any
		switch e.Type {
		case "point":
			var p Point
			if err := json.Unmarshal(e.Data, &p); err != nil {
				fmt.Println("error:", err)
				continue
			}
			v = p
		case "label":
			var l Label
			json.Unmarshal(e.Data, &l)
			v = l
		}
		fmt.Printf("%v %s", v, e.Data)
		if e.Opt != nil {
			fmt.Printf(" opt=%s", *e.Opt)
		}
		fmt.Println()
	}
	out, err := json.Marshal(envs[:2])
	fmt.Println(string(out), err)
	_, err = json.Marshal(Envelope{Data: json.RawMessage(`{bad`)})
	fmt.Println(err)
}
