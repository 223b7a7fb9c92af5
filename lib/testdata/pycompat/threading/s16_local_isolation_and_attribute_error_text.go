package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local

func main() {
	data.Set("name", "main")
	var seen []string
	worker := func() {
		_, ok := data.Lookup("name")
		seen = append(seen, map[bool]string{true: "True", false: "False"}[ok])
		func() {
			defer func() {
				if r := recover(); r != nil {
					s := strings.TrimPrefix(fmt.Sprint(r), "AttributeError: ")
					seen = append(seen, `"`+s+`"`)
				}
			}()
			data.Get("name")
		}()
		data.Set("name", "worker")
		seen = append(seen, "'"+data.Get("name").(string)+"'")
		v, ok := data.Lookup("missing")
		if !ok {
			v = "default"
		}
		seen = append(seen, "'"+v.(string)+"'")
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
	fmt.Println("main still:", data.Get("name"))
	data.Delete("name")
	_, ok := data.Lookup("name")
	fmt.Println("after del:", map[bool]string{true: "True", false: "False"}[ok])
}
