package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Meta map[string]string

type User struct {
	Base
	Name    string   `json:"name"`
	Email   string   `json:"email,omitempty"`
	Age     int      `json:"-"`
	Tags    []string `json:"tags"`
	Meta    Meta     `json:"meta,omitempty"`
	Score   float64  `json:"score,string"`
	private int
}

func main() {
	u := User{Base: Base{ID: 7}, Name: "ann", Age: 30, Score: 1.5, private: 1}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	u.Meta = Meta{"k": "v"}
	u.Email = "a@b"
	b, _ = json.Marshal(&u)
	fmt.Println(string(b))
	var v User
	err := json.Unmarshal([]byte(`{"id":9,"name":"bob","tags":["x"],"meta":{"a":"b"},"score":"2.5","Age":4}`), &v)
	fmt.Printf("%+v %v\n", v, err)
	var anyv any
	json.Unmarshal(b, &anyv)
	fmt.Println(anyv)
}
