package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Item struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	note  string
}

func main() {
	var it Item
	err := json.Unmarshal([]byte(`{"name":"x","count":3,"note":"ignored","extra":1}`), &it)
	fmt.Printf("%+v %v\n", it, err)
	var dat map[string]any
	json.Unmarshal([]byte(`{"num":6.13,"strs":["a","b"],"obj":{"k":true}}`), &dat)
	fmt.Println(dat["num"].(float64), dat["strs"].([]any)[1], dat["obj"])
	var items []Item
	json.Unmarshal([]byte(`[{"name":"a"},{"name":"b","count":2}]`), &items)
	fmt.Println(items)
	err = json.Unmarshal([]byte(`{"name": 5}`), &it)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{bad`), &it)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"name":"s"} {"name":"t"}`))
	for dec.More() {
		var x Item
		dec.Decode(&x)
		fmt.Print(x.Name)
	}
	fmt.Println()
}
