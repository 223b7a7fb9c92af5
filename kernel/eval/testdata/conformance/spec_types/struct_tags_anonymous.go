package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Name    string            `json:"name"`
	Port    int               `json:"port,omitempty"`
	Debug   bool              `json:"-"`
	Labels  map[string]string `json:"labels,omitempty"`
	private int
}

func main() {
	c := Config{Name: "svc", Debug: true, private: 1}
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	var c2 Config
	err := json.Unmarshal([]byte(`{"name":"x","port":8080,"labels":{"a":"b"}}`), &c2)
	fmt.Printf("%+v %v\n", c2, err)
	point := struct {
		X, Y int
	}{1, 2}
	fmt.Printf("%v %+v\n", point, point)
	people := []struct {
		Name string
		Age  int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(people, len(people))
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	set := map[string]struct{}{"x": {}}
	_, ok := set["x"]
	fmt.Println(ok, len(set))
	nested := struct {
		Inner struct{ V []int }
	}{}
	nested.Inner.V = append(nested.Inner.V, 5)
	fmt.Printf("%+v\n", nested)
}
