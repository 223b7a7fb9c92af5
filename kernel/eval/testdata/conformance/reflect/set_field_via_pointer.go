package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Port  int
	Host  string
	Debug bool
	Ratio float64
}

func main() {
	c := Config{Port: 80, Host: "localhost"}
	v := reflect.ValueOf(&c).Elem()
	v.Field(0).SetInt(8080)
	v.FieldByName("Host").SetString("example.com")
	v.Field(2).SetBool(true)
	v.Field(3).SetFloat(0.5)
	fmt.Printf("%+v\n", c)
	fmt.Println(v.CanSet(), reflect.ValueOf(c).Field(0).CanSet())
}
