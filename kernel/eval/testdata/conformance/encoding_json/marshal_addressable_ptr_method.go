package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Upper string

func (u *Upper) MarshalJSON() ([]byte, error) { return json.Marshal(strings.ToUpper(string(*u))) }

type Holder struct {
	V Upper
}

func main() {
	h := Holder{"quiet"}
	b, _ := json.Marshal(h)
	fmt.Println(string(b))
	b, _ = json.Marshal(&h)
	fmt.Println(string(b))
}
