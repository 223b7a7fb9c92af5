package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Kind int

const (
	KNum Kind = iota
	KStr
	KList
)

func (k Kind) MarshalJSON() ([]byte, error) { return json.Marshal([]string{"num", "str", "list"}[k]) }
func (k *Kind) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "num":
		*k = KNum
	case "str":
		*k = KStr
	case "list":
		*k = KList
	default:
		return fmt.Errorf("bad kind %q", s)
	}
	return nil
}

type Node struct {
	Kind  Kind    `json:"kind"`
	Num   float64 `json:"num,omitempty"`
	Str   string  `json:"str,omitempty"`
	Items []*Node `json:"items,omitempty"`
}

func (n *Node) String() string {
	switch n.Kind {
	case KNum:
		return fmt.Sprint(n.Num)
	case KStr:
		return fmt.Sprintf("%q", n.Str)
	}
	parts := []string{}
	for _, it := range n.Items {
		parts = append(parts, it.String())
	}
	return "(" + strings.Join(parts, " ") + ")"
}

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}
type Ping struct{ Seq int }
type Msg struct{ From, Text string }

func decode(b []byte) (any, error) {
	var env Envelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, err
	}
	var v any
	switch env.Type {
	case "ping":
		v = &Ping{}
	case "msg":
		v = &Msg{}
	default:
		return nil, fmt.Errorf("unknown type %q", env.Type)
	}
	if err := json.Unmarshal(env.Data, v); err != nil {
		return nil, fmt.Errorf("%s: %w", env.Type, err)
	}
	return v, nil
}
func main() {
	tree := &Node{Kind: KList, Items: []*Node{{Kind: KNum, Num: 1.5}, {Kind: KStr, Str: "x"}, {Kind: KList, Items: []*Node{{Kind: KNum}}}}}
	b, err := json.Marshal(tree)
	fmt.Println(string(b), err)
	var back Node
	err = json.Unmarshal(b, &back)
	fmt.Println(back.String(), err, tree.String() == back.String())
	err = json.Unmarshal([]byte(`{"kind":"tree"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"kind":"list","items":[{"kind":"num","num":2},{"kind":"bogus"}]}`), &back)
	fmt.Println(err)
	for _, s := range []string{`{"type":"ping","data":{"Seq":3}}`, `{"type":"msg","data":{"From":"a","Text":"hi"}}`, `{"type":"x","data":null}`, `{"type":"ping","data":{"Seq":"no"}}`, `{bad`} {
		v, err := decode([]byte(s))
		fmt.Printf("%T %+v %v\n", v, v, err)
	}
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [1,2]`))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
	dec2 := json.NewDecoder(strings.NewReader(`{"Seq": 1, "Extra": 2}`))
	dec2.DisallowUnknownFields()
	var p Ping
	fmt.Println(dec2.Decode(&p), p)
	dec3 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec3.UseNumber()
	var m map[string]any
	dec3.Decode(&m)
	fmt.Printf("%T %v\n", m["n"], m["n"])
}
