// Templates calling methods promoted from embedded fields: two levels,
// an embedded pointer with pointer methods, an embedded interface, and
// fmt printing a type whose String method is promoted.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Person struct{ First, Last string }

func (p Person) Hello() string         { return "Hello, " + p.First }
func (p *Person) Full() string         { return p.First + " " + p.Last }
func (p Person) Greet(s string) string { return s + " " + p.Last }

type Employee struct {
	Person
	Role string
}

type Manager struct {
	Employee
	Reports int
}

type Ref struct {
	*Person
}

type Shouter interface{ Shout() string }

type loud string

func (l loud) Shout() string { return strings.ToUpper(string(l)) + "!" }

type Speaker struct {
	Shouter
}

type Stamp struct{ N int }

func (s Stamp) String() string { return fmt.Sprintf("stamp#%d", s.N) }

type Doc struct {
	Stamp
	Title string
}

func main() {
	t := template.Must(template.New("t").Parse(
		`{{.Hello}} / {{.Role}} / {{.Greet "Dear"}} / {{.Reports}}` + "\n"))
	m := Manager{Employee: Employee{Person: Person{"Ada", "Lovelace"}, Role: "eng"}, Reports: 3}
	if err := t.Execute(os.Stdout, m); err != nil {
		fmt.Println("error:", err)
	}
	tp := template.Must(template.New("p").Parse(`{{.Full}} {{.Hello}}` + "\n"))
	if err := tp.Execute(os.Stdout, &m); err != nil {
		fmt.Println("error:", err)
	}
	if err := tp.Execute(os.Stdout, Ref{&Person{"Alan", "Turing"}}); err != nil {
		fmt.Println("error:", err)
	}
	if err := template.Must(template.New("s").Parse(`{{.Shout}}`+"\n")).Execute(os.Stdout, Speaker{loud("hi")}); err != nil {
		fmt.Println("error:", err)
	}
	if err := template.Must(template.New("d").Parse(`{{.}} {{.Title}} {{.String}}`+"\n")).Execute(os.Stdout, Doc{Stamp{4}, "x"}); err != nil {
		fmt.Println("error:", err)
	}
	d := Doc{Stamp{5}, "y"}
	fmt.Println(d, &d)
	fmt.Printf("%v %s %+v %T\n", d, d, d, d)
	var s fmt.Stringer = d
	fmt.Println(s.String())
	// Full is a pointer method: not in the value's method set.
	err := template.Must(template.New("e").Parse(`{{.Full}}`)).Execute(os.Stdout, m)
	fmt.Println()
	fmt.Println(err != nil)
}
