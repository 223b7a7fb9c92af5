// url.Values embedded beside fields: promoted Encode, json of a map field.
package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
)

type Query struct {
	url.Values
	Path string
}

func main() {
	q := Query{Values: url.Values{}, Path: "/p"}
	q.Set("b", "2")
	q.Add("a", "1")
	fmt.Println(q.Path + "?" + q.Encode())
	fmt.Println(q.Has("a"), q.Get("zz") == "")
	b, _ := json.Marshal(q)
	fmt.Println(string(b))
	fmt.Println(reflect.TypeOf(q).Field(0).Anonymous, reflect.TypeOf(q).Field(0).Name)
}
