package main

import (
	"encoding/json"
	"fmt"
)

// Embedded structs: promoted fields, a field of the outer struct hiding
// an embedded one, two embedded fields of the same name (neither
// encoded), an embedded pointer (nil and set), a tagged embedded struct,
// and decoding into them.

type Meta struct {
	ID      int
	Created string `json:"created,omitempty"`
}

type Audit struct {
	By string
	ID int
}

type Named struct{ Name string }

type Item struct {
	Meta
	*Named
	Price   float64
	Created string
}

type Both struct {
	Meta
	Audit
}

type Tagged struct {
	Meta `json:"meta"`
	X    int
}

func main() {
	b, _ := json.Marshal(Item{Meta: Meta{1, "meta"}, Price: 2.5, Created: "outer"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Item{Meta: Meta{ID: 2}, Named: &Named{"pen"}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Both{Meta{3, ""}, Audit{"ann", 4}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Tagged{Meta{5, "t"}, 6})
	fmt.Println(string(b))
	var it Item
	err := json.Unmarshal([]byte(`{"ID":9,"Name":"cup","Price":1,"Created":"c"}`), &it)
	fmt.Println(err, it.ID, it.Name, it.Price, it.Created, it.Meta.Created)
	var tg Tagged
	err = json.Unmarshal([]byte(`{"meta":{"ID":7},"X":8}`), &tg)
	fmt.Println(err, tg.ID, tg.X)
}
