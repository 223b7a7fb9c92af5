package main

import (
	"fmt"
	"reflect"
)

type Service interface {
	Start(port int) error
	Stop()
	Status() (string, bool)
}

func main() {
	t := reflect.TypeOf((*Service)(nil)).Elem()
	for _, name := range []string{"Start", "Stop", "Status", "Restart"} {
		m, ok := t.MethodByName(name)
		if !ok {
			fmt.Println(name, "missing")
			continue
		}
		fmt.Println(m.Index, m.Name, m.Type, m.Type.NumIn(), m.Type.NumOut(), m.Func.IsValid())
	}
}
