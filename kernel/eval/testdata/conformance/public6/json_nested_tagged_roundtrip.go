package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Meta struct {
	CreatedBy string            `json:"created_by"`
	Created   time.Time         `json:"created"`
	Labels    map[string]string `json:"labels,omitempty"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Contact struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

type Customer struct {
	Meta
	ID         int                `json:"id"`
	Name       string             `json:"name"`
	Email      string             `json:"email,omitempty"`
	Age        int                `json:"age,omitempty"`
	Active     bool               `json:"active"`
	Address    *Address           `json:"address,omitempty"`
	Contacts   []Contact          `json:"contacts"`
	Scores     map[string]float64 `json:"scores,omitempty"`
	Internal   string             `json:"-"`
	Dash       string             `json:"-,"`
	Count      int64              `json:"count,string"`
	Extra      json.RawMessage    `json:"extra,omitempty"`
	unexported int
}

func main() {
	ts := time.Date(2025, 3, 14, 15, 9, 26, 0, time.UTC)
	c := Customer{
		Meta:       Meta{CreatedBy: "admin", Created: ts, Labels: map[string]string{"tier": "gold", "region": "kr"}},
		ID:         7,
		Name:       "Kim <Ji-woo> & co",
		Active:     true,
		Address:    &Address{Street: "1 Gangnam-daero", City: "Seoul"},
		Contacts:   []Contact{{"phone", "010-1234"}, {"email", "k@example.com"}},
		Scores:     map[string]float64{"b": 2.5, "a": 1e21, "c": 0.000001},
		Internal:   "secret",
		Dash:       "dash",
		Count:      42,
		Extra:      json.RawMessage(`{"nested":[1,2,{"x":null}]}`),
		unexported: 9,
	}
	b, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	var back Customer
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", *back.Address)
	fmt.Println(back.Created.Equal(ts), back.Labels, back.Internal == "", back.Dash, back.Count, string(back.Extra))
	fmt.Println(back.Contacts, back.Scores["a"])

	empty, _ := json.MarshalIndent(Customer{Contacts: nil}, "", "  ")
	fmt.Println(string(empty))

	// unknown fields and type errors
	var c2 Customer
	err = json.Unmarshal([]byte(`{"id":"seven","name":"x"}`), &c2)
	fmt.Println("err:", err)
	dec := json.NewDecoder(strings.NewReader(`{"id":1,"bogus":true}`))
	dec.DisallowUnknownFields()
	fmt.Println("strict:", dec.Decode(&c2))
	var ute *json.UnmarshalTypeError
	_ = ute
	var anyv map[string]any
	_ = json.Unmarshal(b, &anyv)
	fmt.Printf("%T %v %T\n", anyv["id"], anyv["created"], anyv["contacts"])
}
