package main

import (
	"encoding/json"
	"fmt"
)

// The error of json.Unmarshal into an any holding a pointer to a notebook
// struct names the struct ("Go struct field Ping.Seq").

type Ping struct{ Seq int }

func main() {
	var v any = &Ping{}
	fmt.Println(json.Unmarshal([]byte(`{"Seq":"no"}`), v))
	targets := map[string]any{"ping": &Ping{}}
	fmt.Println(json.Unmarshal([]byte(`{"Seq":true}`), targets["ping"]))
	p := &Ping{}
	fmt.Println(json.Unmarshal([]byte(`{"Seq":"no"}`), p))
}
