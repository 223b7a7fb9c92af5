package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Message struct {
	Name string
	Body string
	Time int64
}

type FamilyMember struct {
	Name    string
	Age     int
	Parents []string
}

type IncomingMessage struct {
	Cmd *string
	Msg *Message
}

func main() {
	m := Message{"Alice", "Hello", 1294706395881547000}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)

	var m2 Message
	err = json.Unmarshal(b, &m2)
	fmt.Println(m2, err, m2 == m)

	b = []byte(`{"Name":"Bob","Food":"Pickle"}`)
	var m3 Message
	json.Unmarshal(b, &m3)
	fmt.Printf("%+v\n", m3)

	b = []byte(`{"Name":"Wednesday","Age":6,"Parents":["Gomez","Morticia"]}`)
	var f interface{}
	json.Unmarshal(b, &f)
	mm := f.(map[string]interface{})
	keys := make([]string, 0, len(mm))
	for k := range mm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch vv := mm[k].(type) {
		case string:
			fmt.Println(k, "is string", vv)
		case float64:
			fmt.Println(k, "is float64", vv)
		case []interface{}:
			fmt.Println(k, "is an array:")
			for i, u := range vv {
				fmt.Println(i, u)
			}
		default:
			fmt.Println(k, "is of a type I don't know how to handle")
		}
	}
	var fm FamilyMember
	json.Unmarshal(b, &fm)
	fmt.Printf("%+v\n", fm)

	var im IncomingMessage
	json.Unmarshal([]byte(`{"Msg":{"Name":"x","Body":"y","Time":1}}`), &im)
	fmt.Println(im.Cmd == nil, im.Msg.Name)

	dec := json.NewDecoder(strings.NewReader(`{"Name": "Ed", "Text": "Knock knock."}
{"Name": "Sam", "Text": "Who's there?"}
`))
	var out strings.Builder
	enc := json.NewEncoder(&out)
	for {
		var v map[string]interface{}
		if err := dec.Decode(&v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		for k := range v {
			if k != "Name" {
				delete(v, k)
			}
		}
		enc.Encode(&v)
	}
	fmt.Print(out.String())
}
