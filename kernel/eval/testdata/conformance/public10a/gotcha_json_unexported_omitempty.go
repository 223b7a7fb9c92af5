package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Name     string            `json:"name"`
	port     int               // unexported: ignored
	Debug    bool              `json:"debug,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Limits   map[string]int    `json:"limits"`
	Inner    *struct{ X int }  `json:"inner,omitempty"`
	Skip     string            `json:"-"`
	Dash     string            `json:"-,"`
	AsString int               `json:"as_string,string"`
	Extra    map[string]string `json:",omitempty"`
}

func main() {
	c := Config{Name: "svc", port: 8080, AsString: 42, Skip: "x", Dash: "d"}
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	var back Config
	err := json.Unmarshal([]byte(`{"name":"n","port":1,"debug":true,"tags":["a"],"as_string":"7","-":"dash","unknown":1}`), &back)
	fmt.Println(err, back.Name, back.port, back.Debug, back.Tags, back.AsString, back.Dash)
	var anyv interface{}
	json.Unmarshal([]byte(`{"n":1,"f":1.5,"a":[1,"x",null],"o":{}}`), &anyv)
	m := anyv.(map[string]interface{})
	fmt.Printf("%T %T %T %v\n", m["n"], m["a"], m["o"], m["a"])
	var nums []int
	fmt.Println(json.Unmarshal([]byte(`[1, 2.5]`), &nums), nums)
}
