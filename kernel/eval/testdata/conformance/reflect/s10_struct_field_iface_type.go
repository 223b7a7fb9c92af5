package main

import (
	"fmt"
	"reflect"
)

// A field injector, as DI containers write them: every field of an
// interface type gets the registered value that implements it.

type Logger interface{ Log(string) }

type Clock interface{ Now() int }

type stdLogger struct{}

func (stdLogger) Log(s string) { fmt.Println("log:", s) }

type App struct {
	Log   Logger
	Clock Clock
	Name  string
	Items []Logger
}

func main() {
	registry := []any{stdLogger{}}
	app := &App{Name: "demo"}
	v := reflect.ValueOf(app).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		fmt.Println(f.Name, f.Type, f.Type.Kind())
		if f.Type.Kind() != reflect.Interface {
			continue
		}
		for _, r := range registry {
			if reflect.TypeOf(r).Implements(f.Type) {
				v.Field(i).Set(reflect.ValueOf(r))
			}
		}
	}
	fmt.Println(app.Log != nil, app.Clock == nil)
	if app.Log != nil {
		app.Log.Log("started")
	}
}
