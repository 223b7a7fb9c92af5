package main

import (
	"fmt"
	"reflect"
)

type ID int

type Unit string

func (u Unit) Symbol() string { return "[" + string(u) + "]" }

type Point struct{ X, Y int }

func (p Point) Norm1() int { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Reading struct {
	ID     ID
	Unit   Unit
	At     Point
	Trail  []Point
	Near   *Point
	ByID   map[ID]Unit
	Corner [2]Point
	plain  int
}

func main() {
	r := Reading{ID: 7, Unit: "m", At: Point{3, -4}, Trail: []Point{{1, 1}}, Near: &Point{-2, 0}, ByID: map[ID]Unit{1: "s"}}
	t := reflect.TypeOf(r)
	fmt.Println(t, t.Name(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %s %q %v %d\n", f.Name, f.Type, f.Type.Name(), f.Type.Kind(), f.Type.NumMethod())
	}
	v := reflect.ValueOf(r)
	fmt.Println(v.Field(1).MethodByName("Symbol").Call(nil)[0])
	fmt.Println(v.Field(2).Method(0).Call(nil)[0].Int())
	fmt.Println(v.Field(3).Index(0).MethodByName("Norm1").Call(nil)[0])
	fmt.Println(v.Field(4).Elem().Type(), v.Field(4).MethodByName("Norm1").Call(nil)[0])
	fmt.Println(v.Field(5).Type().Key(), v.Field(5).Type().Elem())
	fmt.Println(v.Field(6).Type(), v.Field(6).Type().Elem().Name())
	a := v.Field(2).Interface()
	switch p := a.(type) {
	case Point:
		fmt.Println("point", p.X, p.Norm1())
	default:
		fmt.Println("other", p)
	}
	u, ok := v.Field(1).Interface().(Unit)
	fmt.Println(u.Symbol(), ok)
	id, ok := v.FieldByName("ID").Interface().(ID)
	fmt.Println(id, ok)
	_, isInt := v.FieldByName("ID").Interface().(int)
	fmt.Println(isInt)
	pv := reflect.ValueOf(&r).Elem()
	pv.Field(0).SetInt(9)
	pv.Field(2).Field(0).SetInt(10)
	pv.Field(1).Set(reflect.ValueOf(Unit("kg")))
	fmt.Println(r.ID, r.At, r.Unit)
	fmt.Println(reflect.DeepEqual(r.At, v.Field(2).Interface()), reflect.DeepEqual(Point{3, -4}, v.Field(2).Interface()))
	type Wrap struct {
		R Reading
		L []Reading
	}
	wt := reflect.TypeOf(Wrap{})
	fmt.Println(wt, wt.Field(0).Type, wt.Field(1).Type, wt.Field(1).Type.Elem().Field(2).Type)
}
