package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"text/template"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }

func (d Dog) Sound() string                  { return "woof" }
func (d Dog) Name() string                   { return d.name }
func (d Dog) Greet(who string, n int) string { return strings.Repeat("hi "+who+" ", n) }
func (d *Dog) Rename(n string) string        { d.name = n; return "renamed" }

type Cat struct{ Lives int }

func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return fmt.Sprintf("cat%d", c.Lives) }
func (c *Cat) Fail() (string, error) {
	return "", errors.New("cat refuses")
}
func (c *Cat) Join(sep string, parts ...string) string { return strings.Join(parts, sep) }

type Zoo struct {
	Title   string
	Animals []Animal
	Star    Animal
	ByName  map[string]Animal
	Keeper  *Keeper
	Extra   interface{}
}

type Keeper struct {
	First, Last string
}

func (k Keeper) Full() string { return k.First + " " + k.Last }

func main() {
	z := Zoo{
		Title:   "City Zoo",
		Animals: []Animal{Dog{"rex"}, &Cat{9}},
		Star:    &Cat{3},
		ByName:  map[string]Animal{"b": Dog{"bo"}, "a": &Cat{1}},
		Keeper:  &Keeper{"Ann", "Lee"},
		Extra:   Dog{"extra"},
	}
	tpl := `{{.Title}} kept by {{.Keeper.Full}}
{{range $i, $a := .Animals}}{{$i}} {{$a.Name}} says {{$a.Sound}}
{{end}}star: {{.Star.Name}} {{.Star.Join "-" "a" "b" "c"}}
{{range $k, $v := .ByName}}{{$k}}={{$v.Name}} {{end}}
extra: {{.Extra.Greet "bob" 2}}| {{printf "%T" .Extra}} {{printf "%v" .Star}}
{{with index .Animals 0}}{{.Sound}}{{end}} {{len .ByName}} {{(index .ByName "a").Sound}}
`
	t := template.Must(template.New("z").Parse(tpl))
	if err := t.Execute(os.Stdout, z); err != nil {
		fmt.Println("ERR", err)
	}
	err := template.Must(template.New("f").Parse("{{.Star.Fail}}")).Execute(os.Stdout, z)
	fmt.Println("\nERR", err)
	err = template.Must(template.New("f").Parse("{{.Keeper.Nope}}")).Execute(os.Stdout, z)
	fmt.Println("\nERR", err)

	rt := reflect.TypeOf(Dog{})
	fmt.Println(rt.Name(), rt.Kind(), rt.NumMethod())
	var names []string
	for i := 0; i < rt.NumMethod(); i++ {
		names = append(names, rt.Method(i).Name)
	}
	sort.Strings(names)
	fmt.Println(names)
	pt := reflect.TypeOf(&Dog{})
	fmt.Println(pt.NumMethod(), pt.Elem().Name())
	m, ok := pt.MethodByName("Greet")
	fmt.Println(m.Name, ok, m.Type.NumIn())
	out := reflect.ValueOf(Dog{"v"}).MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf(1)})
	fmt.Println(out[0])
	d := &Dog{"old"}
	reflect.ValueOf(d).MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("new")})
	fmt.Println(d.name)
	at := reflect.TypeOf((*Animal)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Dog{}).Implements(at), reflect.TypeOf(Cat{}).Implements(at), reflect.TypeOf(&Cat{}).Implements(at))
	fmt.Println(reflect.DeepEqual(z.Animals[0], Dog{"rex"}), reflect.DeepEqual(Cat{1}, Cat{2}))
}
