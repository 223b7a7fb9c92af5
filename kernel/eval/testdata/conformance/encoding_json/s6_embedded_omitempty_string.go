package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Audit struct {
	By string `json:"by"`
}

type Product struct {
	Base
	*Audit
	Name    string   `json:"name"`
	Price   float64  `json:"price,string"`
	Count   int      `json:",string"`
	Tags    []string `json:"tags,omitempty"`
	Secret  string   `json:"-"`
	Dash    string   `json:"-,"`
	Note    *string  `json:"note,omitempty"`
	private int
}

func main() {
	p := Product{Base: Base{ID: 7}, Name: "pen", Price: 1.5, Count: 3, Secret: "s", Dash: "d", private: 1}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	p.Audit = &Audit{"ann"}
	p.Tags = []string{"a"}
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))
	var q Product
	err = json.Unmarshal([]byte(`{"id":9,"by":"bo","name":"ink","price":"2.25","Count":"4","-":"x","Secret":"no"}`), &q)
	fmt.Println(err, q.ID, q.Audit != nil && q.By == "bo", q.Name, q.Price, q.Count, q.Dash, q.Secret == "")
	err = json.Unmarshal([]byte(`{"price":2.25}`), &q)
	fmt.Println(err)
}
