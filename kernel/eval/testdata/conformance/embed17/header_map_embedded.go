// http.Header (a map type with methods) embedded beside a field.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
)

type Msg struct {
	http.Header
	Body string
}

func main() {
	m := Msg{Header: http.Header{}, Body: "b"}
	m.Set("content-type", "text/plain")
	m.Add("X-A", "1")
	m.Add("X-A", "2")
	fmt.Println(m.Get("Content-Type"), m.Values("X-A"), len(m.Header))
	f := reflect.TypeOf(m).Field(0)
	fmt.Println(f.Name, f.Anonymous, f.Type)
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	c := m.Clone()
	c.Del("X-A")
	fmt.Println(len(c), len(m.Header))
}
