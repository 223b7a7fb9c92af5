package main

import (
	"fmt"
	"reflect"
)

type Dept struct {
	Name  string
	Staff []*Person
}

type Person struct {
	Name string
	Dept *Dept
	Boss *Person
}

func main() {
	d := &Dept{Name: "R&D"}
	boss := &Person{Name: "Ada", Dept: d}
	d.Staff = []*Person{boss, {Name: "Bob", Dept: d, Boss: boss}}
	pt := reflect.TypeOf(*boss)
	for i := 0; i < pt.NumField(); i++ {
		fmt.Println(pt.Field(i).Name, pt.Field(i).Type)
	}
	dt := reflect.TypeOf(*d)
	fmt.Println(dt.Field(1).Type, dt.Field(1).Type.Elem().Elem() == pt)
	v := reflect.ValueOf(d.Staff[1]).Elem()
	fmt.Println(v.FieldByName("Boss").Elem().FieldByName("Name"), v.FieldByName("Dept").Elem().FieldByName("Name"))
	for _, p := range d.Staff {
		boss := "-"
		if p.Boss != nil {
			boss = p.Boss.Name
		}
		fmt.Println(p.Name, p.Dept.Name, boss)
	}
}
