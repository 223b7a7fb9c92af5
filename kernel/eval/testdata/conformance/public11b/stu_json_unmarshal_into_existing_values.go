package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

type Inner struct{ A, B string }

type Outer struct {
	*Inner
	Data  any
	Ptrs  map[string]*Point
	Arr   [2]Point
	List  []*Point
	Iface fmt.Stringer
}

type Envelope struct {
	Kind string
	Body json.RawMessage
}

func main() {
	var o Outer
	o.Data = &Point{9, 9}
	err := json.Unmarshal([]byte(`{"A":"a","B":"b","Data":{"X":1},"Ptrs":{"p":{"Y":2},"n":null},"Arr":[{"X":3},{"X":4},{"X":5}],"List":[{"X":6},null]}`), &o)
	fmt.Println(err, *o.Inner, o.Data, *o.Data.(*Point), *o.Ptrs["p"], o.Ptrs["n"] == nil, o.Arr, *o.List[0], o.List[1] == nil)
	var o2 Outer
	o2.Data = Point{7, 7}
	err = json.Unmarshal([]byte(`{"Data":{"X":1}}`), &o2)
	fmt.Printf("%v %T %v\n", err, o2.Data, o2.Data)
	err = json.Unmarshal([]byte(`{"Iface":"x"}`), &o2)
	fmt.Println(err)
	msgs := []byte(`[{"Kind":"point","Body":{"X":1,"Y":2}},{"Kind":"inner","Body":{"A":"q"}},{"Kind":"?","Body":[]}]`)
	var envs []Envelope
	json.Unmarshal(msgs, &envs)
	for _, e := range envs {
		var v any
		switch e.Kind {
		case "point":
			v = new(Point)
		case "inner":
			v = new(Inner)
		default:
			fmt.Println("unknown", string(e.Body))
			continue
		}
		err := json.Unmarshal(e.Body, v)
		fmt.Printf("%v %+v\n", err, v)
	}
	var pts []Point
	err = json.Unmarshal([]byte(`[{"X":1},{"X":"bad"},{"X":3}]`), &pts)
	fmt.Println(err, pts)
	var m map[Point]int
	err = json.Unmarshal([]byte(`{"a":1}`), &m)
	fmt.Println(err)
	var ip *int
	json.Unmarshal([]byte(`5`), &ip)
	var pp **Point
	json.Unmarshal([]byte(`{"Y":8}`), &pp)
	fmt.Println(*ip, **pp)
}
