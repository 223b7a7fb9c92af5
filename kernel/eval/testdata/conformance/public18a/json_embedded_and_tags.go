package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Named struct {
	Name string
}

type Conflict1 struct{ X int }
type Conflict2 struct{ X int }

type Item struct {
	Base
	*Named
	Conflict1
	Conflict2
	Price   float64           `json:"price,string"`
	Count   int               `json:",omitempty"`
	Secret  string            `json:"-"`
	Dash    string            `json:"-,"`
	Opt     *int              `json:"opt,omitempty"`
	Zero    time.Time         `json:"zero,omitzero"`
	ZS      struct{ A int }   `json:"zs,omitzero"`
	Empty   []int             `json:"empty,omitempty"`
	NilS    []int             `json:"nils"`
	M       map[string]string `json:"m,omitempty"`
	private int
	Iface   interface{} `json:"iface"`
	Big     int64       `json:"big,string"`
	B       bool        `json:"b,string"`
}

type Span struct{ A, B int }

func (s Span) IsZero() bool { return s.B <= s.A }

type Holder struct {
	S Span `json:"s,omitzero"`
	T Span `json:"t,omitzero"`
}

func main() {
	it := Item{Base: Base{ID: 7}, Named: &Named{"widget"}, Conflict1: Conflict1{1}, Conflict2: Conflict2{2},
		Price: 9.5, Secret: "s", Dash: "d", Iface: []int{1}, Big: 1 << 60, B: true, private: 3}
	b, _ := json.Marshal(it)
	fmt.Println(string(b))
	var back Item
	err := json.Unmarshal([]byte(`{"id":3,"Name":"n","price":"2.25","-":"dd","big":"12","b":"false","X":9,"iface":{"k":[1,"a",true,null]}}`), &back)
	fmt.Println(err, back.ID, back.Named.Name, back.Price, back.Dash, back.Big, back.B, back.Conflict1, back.Iface)
	fmt.Printf("%T\n", back.Iface.(map[string]interface{})["k"].([]interface{})[0])
	err = json.Unmarshal([]byte(`{"price":2.25}`), &back)
	fmt.Println(err)
	h, _ := json.Marshal(Holder{S: Span{1, 5}, T: Span{5, 1}})
	fmt.Println(string(h))
	var anon struct {
		A int `json:"a"`
		b int
	}
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"B":2}`), &anon), anon.A, anon.b)
}
