package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Plugin interface {
	Name() string
	Init(cfg map[string]string) error
}

type Closer interface{ Close() error }

type Cache struct{}

func (Cache) Name() string                     { return "cache" }
func (Cache) Init(cfg map[string]string) error { return nil }

type DB struct{ dsn string }

func (d *DB) Name() string                     { return "db" }
func (d *DB) Init(cfg map[string]string) error { d.dsn = cfg["dsn"]; return nil }
func (d *DB) Close() error                     { return nil }

type Metrics int

func main() {
	pluginT := reflect.TypeOf((*Plugin)(nil)).Elem()
	closerT := reflect.TypeOf((*Closer)(nil)).Elem()
	candidates := []any{Cache{}, &DB{}, DB{}, Metrics(1), "text", &Cache{}}
	var names []string
	for _, c := range candidates {
		t := reflect.TypeOf(c)
		if !t.Implements(pluginT) {
			fmt.Printf("skip %v\n", t)
			continue
		}
		p := c.(Plugin)
		if err := p.Init(map[string]string{"dsn": "mem"}); err != nil {
			fmt.Println(err)
		}
		names = append(names, p.Name())
		fmt.Printf("load %v closer=%v\n", t, t.Implements(closerT))
	}
	sort.Strings(names)
	fmt.Println(names)
}
