package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Validator interface{ Validate() error }

type Defaulter interface{ Default() }

type Config struct{ Port int }

func (c *Config) Validate() error {
	if c.Port == 0 {
		return fmt.Errorf("port is 0")
	}
	return nil
}

func (c *Config) Default() { c.Port = 8080 }

type Hooks map[reflect.Type]string

func main() {
	hooks := Hooks{
		reflect.TypeFor[Validator](): "validate",
		reflect.TypeFor[Defaulter](): "default",
	}
	var names []string
	ct := reflect.TypeOf(&Config{})
	for it, name := range hooks {
		if ct.Implements(it) {
			names = append(names, name+":"+it.String())
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	c := &Config{}
	fmt.Println(c.Validate())
	c.Default()
	fmt.Println(c.Validate(), c.Port)
	_, ok := hooks[reflect.TypeOf((*Validator)(nil)).Elem()]
	fmt.Println(ok, len(hooks))
}
