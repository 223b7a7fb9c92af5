// Generic structs embedding generic structs and overriding their
// methods, a Base[T] with a self-describing method used through an
// interface, and field promotion through two generic levels.
package main

import "fmt"

type Entity[ID comparable] struct {
	ID      ID
	Version int
}

func (e *Entity[ID]) Touch()          { e.Version++ }
func (e Entity[ID]) Key() string      { return fmt.Sprintf("%v@%d", e.ID, e.Version) }
func (e Entity[ID]) Describe() string { return "entity " + e.Key() }

type Named[ID comparable] struct {
	Entity[ID]
	Name string
}

func (n Named[ID]) Describe() string { return "named " + n.Name + " (" + n.Entity.Describe() + ")" }

type User struct {
	Named[int]
	Email string
}

type Describer interface{ Describe() string }

type Keyed interface {
	Key() string
	Touch()
}

func TouchAll[K Keyed](ks ...K) []string {
	var out []string
	for _, k := range ks {
		k.Touch()
		out = append(out, k.Key())
	}
	return out
}

func main() {
	u := &User{Named: Named[int]{Entity: Entity[int]{ID: 7}, Name: "ann"}, Email: "a@x"}
	u.Touch()
	u.Touch()
	fmt.Println(u.ID, u.Version, u.Name, u.Key())
	fmt.Println(u.Describe())
	var d Describer = u
	fmt.Println(d.Describe())
	ds := []Describer{Entity[string]{ID: "e"}, Named[string]{Entity[string]{"n", 1}, "nn"}, *u}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
	fmt.Println(TouchAll[Keyed](u, &Named[int]{Entity: Entity[int]{ID: 1}}, &Entity[int]{ID: 2}))
	fmt.Println(u.Version, u.Named.Entity.Version)
}
