// Methods promoted through embedded generic structs, as public code
// layers them (a Base[T] embedded in a Repo[T] embedded in a Service[T]):
// called directly, through method expressions and method values, and a
// method of an interface embedded two levels down.
package main

import (
	"errors"
	"fmt"
)

type Store[T any] struct{ items []T }

func (s *Store[T]) Add(v T)   { s.items = append(s.items, v) }
func (s Store[T]) Count() int { return len(s.items) }

type Logger interface{ Log(string) }

type memLog struct{ lines []string }

func (m *memLog) Log(s string) { m.lines = append(m.lines, s) }

type Repo[T any] struct {
	name string
	*Store[T]
	Logger
}

type Service[T any] struct {
	version int
	Repo[T]
}

type Point struct{ X, Y int }

type Shape struct {
	name string
	Point
}

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	log := &memLog{}
	svc := Service[string]{version: 2, Repo: Repo[string]{name: "users", Store: &Store[string]{}, Logger: log}}
	svc.Add("ann")
	svc.Log("added ann")
	fmt.Println(svc.Count(), svc.items, log.lines)

	add := (*Service[string]).Add
	add(&svc, "bob")
	count := Service[string].Count
	fmt.Println(count(svc), Repo[string].Count(svc.Repo))
	Repo[string].Count(svc.Repo)
	svc.Repo.Log("through the field")

	logv := svc.Log
	logv("method value")
	addv := svc.Add
	addv("cy")
	fmt.Println(svc.Count(), log.lines)

	sum := Shape.Sum
	fmt.Println(sum(Shape{"s", Point{2, 3}}), (*Shape).Sum(&Shape{"t", Point{4, 5}}))

	var empty Service[int]
	empty.Store = &Store[int]{}
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered:", ok && errors.Unwrap(err) == nil && err.Error() != "")
		}()
		empty.Log("no logger")
	}()
}
