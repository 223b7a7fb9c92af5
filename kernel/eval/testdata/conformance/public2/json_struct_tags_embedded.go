package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Meta struct {
	Created time.Time `json:"created"`
	Tags    []string  `json:"tags,omitempty"`
}

type User struct {
	ID      int            `json:"id"`
	Name    string         `json:"name"`
	Email   string         `json:"-"`
	Age     int            `json:"age,string"`
	Address *Address       `json:"address,omitempty"`
	Extra   map[string]any `json:"extra,omitempty"`
	Scores  []float64      `json:"scores"`
	Meta
	private int
}

func main() {
	u := User{ID: 1, Name: "Ann", Email: "a@x", Age: 30, Scores: []float64{1.5, 2},
		Meta: Meta{Created: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	u.Address = &Address{Street: "Main"}
	u.Extra = map[string]any{"z": 1, "a": []int{1}}
	b, _ = json.MarshalIndent(u, "", "\t")
	fmt.Println(string(b))
	var back User
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Age, back.Address.Street, back.Created.Year(), back.Extra["z"])
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"x",true,null,{"b":2.5}]}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["a"].([]any)[0])
	var bad struct{ N int }
	err = json.Unmarshal([]byte(`{"N":"str"}`), &bad)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2} {"id":3}`))
	for dec.More() {
		var x struct {
			ID int `json:"id"`
		}
		dec.Decode(&x)
		fmt.Print(x.ID, " ")
	}
	fmt.Println()
	raw := json.RawMessage(`{"k":1}`)
	out, _ := json.Marshal(struct {
		R json.RawMessage `json:"r"`
		N json.Number     `json:"n"`
	}{raw, "12.50"})
	fmt.Println(string(out))
	dec2 := json.NewDecoder(strings.NewReader(`{"id":1,"bogus":2}`))
	dec2.DisallowUnknownFields()
	var y struct {
		ID int `json:"id"`
	}
	fmt.Println(dec2.Decode(&y))
}
