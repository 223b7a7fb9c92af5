package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Form struct {
	User string `form:"user,required"`
	Mail string `form:"mail"`
	Note string
}

func parse(x any) {
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("form")
		if tag == "" {
			fmt.Println(t.Field(i).Name, "no tag")
			continue
		}
		parts := strings.Split(tag, ",")
		req := len(parts) > 1 && parts[1] == "required"
		fmt.Println(parts[0], req, v.Field(i).String() == "" && req)
	}
}

func main() {
	parse(Form{Mail: "m"})
	parse(Form{User: "u"})
}
