package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"-"`
	Tags     []string       `json:"tags"`
	Addr     *Address       `json:"address,omitempty"`
	Extra    map[string]any `json:"extra,omitempty"`
	Scores   map[string]int `json:"scores"`
	private  int
	Settings json.RawMessage `json:"settings,omitempty"`
}

func main() {
	u := User{ID: 7, Name: "Ann", Email: "a@x", Tags: []string{"x"}, Addr: &Address{Street: "Main"},
		Scores: map[string]int{"b": 2, "a": 1}, private: 5, Settings: json.RawMessage(`{"dark":true}`)}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	var back User
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v %v\n", back.Addr, back.Scores, err)
	fmt.Println(back.Email == "", string(back.Settings))
	bi, _ := json.MarshalIndent(map[string]any{"n": 1.5, "list": []any{1, "two", nil, true}}, "", "  ")
	fmt.Println(string(bi))
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d"}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["a"].([]any)[0])
	dec := json.NewDecoder(strings.NewReader(`{"id":1,"name":"x"} {"id":2,"name":"y","bogus":1}`))
	for dec.More() {
		var u User
		if err := dec.Decode(&u); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(u.ID, u.Name)
	}
	var bad User
	fmt.Println(json.Unmarshal([]byte(`{"id":"seven"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"id":`), &bad))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode([]Address{{"A", "B"}, {Street: "C"}})
	s2 := struct {
		Embedded
		Own int
	}{Embedded{5}, 6}
	b, _ = json.Marshal(s2)
	fmt.Println(string(b))
}

type Embedded struct{ Inner int }
