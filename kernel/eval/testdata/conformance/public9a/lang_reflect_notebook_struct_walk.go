package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Address struct {
	City string `db:"city" json:"city"`
	Zip  int    `db:"zip"`
}

type User struct {
	Name    string            `db:"name" validate:"required"`
	Age     int               `db:"age" validate:"min=0"`
	Emails  []string          `db:"emails"`
	Addr    Address           `db:"addr"`
	Meta    map[string]string `db:"-"`
	private int
	Ptr     *Address
}

func (u User) Greeting() string            { return "hi " + u.Name }
func (u *User) Birthday()                  { u.Age++ }
func (u User) Pair(s string) (string, int) { return s + u.Name, len(s) }

func walk(v reflect.Value, prefix string, out *[]string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			*out = append(*out, prefix+f.Name+" (unexported)")
			continue
		}
		tag := f.Tag.Get("db")
		if tag == "-" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.Struct:
			walk(fv, prefix+tag+".", out)
		case reflect.Pointer:
			if fv.IsNil() {
				*out = append(*out, prefix+f.Name+"=nil")
			} else {
				walk(fv.Elem(), prefix+f.Name+"->", out)
			}
		default:
			*out = append(*out, fmt.Sprintf("%s%s=%v (%s)", prefix, tag, fv.Interface(), fv.Kind()))
		}
	}
}

func main() {
	u := User{Name: "ann", Age: 30, Emails: []string{"a@x"}, Addr: Address{"Seoul", 4000}, Meta: map[string]string{"k": "v"}}
	var out []string
	walk(reflect.ValueOf(u), "", &out)
	fmt.Println(strings.Join(out, "\n"))
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.NumMethod(), reflect.PointerTo(t).NumMethod())
	var names []string
	for i := 0; i < reflect.PointerTo(t).NumMethod(); i++ {
		names = append(names, reflect.PointerTo(t).Method(i).Name)
	}
	sort.Strings(names)
	fmt.Println(names)
	f, _ := t.FieldByName("Age")
	fmt.Println(f.Tag.Get("validate"), f.Type, f.Index)
	pv := reflect.ValueOf(&u)
	pv.MethodByName("Birthday").Call(nil)
	res := pv.MethodByName("Greeting").Call(nil)
	fmt.Println(u.Age, res[0].String())
	r2 := reflect.ValueOf(u).MethodByName("Pair").Call([]reflect.Value{reflect.ValueOf("x-")})
	fmt.Println(r2[0], r2[1].Int())
	pv.Elem().FieldByName("Name").SetString("bob")
	pv.Elem().Field(1).SetInt(7)
	fmt.Println(u.Name, u.Age, pv.Elem().FieldByName("private").CanSet())
	u2 := u
	fmt.Println(reflect.DeepEqual(u, u2))
	u2.Emails = append([]string{}, u.Emails...)
	u2.Meta = map[string]string{"k": "v"}
	fmt.Println(reflect.DeepEqual(u, u2))
	u2.Emails[0] = "z"
	fmt.Println(reflect.DeepEqual(u, u2))
	nv := reflect.New(reflect.TypeOf(Address{})).Elem()
	nv.Field(0).SetString("Busan")
	fmt.Printf("%+v %T\n", nv.Interface(), nv.Interface())
	sv := reflect.MakeSlice(reflect.TypeOf([]Address{}), 0, 2)
	sv = reflect.Append(sv, reflect.ValueOf(Address{"A", 1}))
	fmt.Println(sv.Len(), sv.Index(0).Field(0))
}
