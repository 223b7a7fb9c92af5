package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Named struct {
	Name string
}

type Item struct {
	Base
	*Named
	Price float64 `json:"price"`
	Extra `json:"extra"`
}

type Extra struct {
	Note string `json:"note"`
}

func main() {
	it := Item{Base: Base{1, "today"}, Named: &Named{"widget"}, Price: 2.5, Extra: Extra{"n"}}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	var back Item
	err = json.Unmarshal([]byte(`{"id":7,"created":"then","Name":"gizmo","price":1.25,"extra":{"note":"m"}}`), &back)
	fmt.Println(err, back.ID, back.Created, back.Name, back.Price, back.Note)
	it2 := Item{Base: Base{2, "x"}}
	b, _ = json.Marshal(it2)
	fmt.Println(string(b))
}
