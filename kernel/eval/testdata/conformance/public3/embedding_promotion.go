package main

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Describe() string { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Service struct {
	*Logger
	sync.Mutex
	count int
}

type ReadWriter struct {
	*bufio.Reader
	*bufio.Writer
}

type Speaker interface{ Speak() string }

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Describe())
	fmt.Println(d.Name, d.Animal.Name)
	var s Speaker = d
	fmt.Println(s.Speak())
	s = d.Animal
	fmt.Println(s.Speak())
	svc := Service{Logger: &Logger{prefix: "[svc] "}}
	svc.Lock()
	svc.count++
	svc.Log("started")
	svc.Unlock()
	svc.Log("done")
	fmt.Println(svc.lines, svc.count)
	var out strings.Builder
	rw := ReadWriter{bufio.NewReader(strings.NewReader("line1\nline2\n")), bufio.NewWriter(&out)}
	line, _ := rw.ReadString('\n')
	rw.WriteString(strings.ToUpper(line))
	rw.Flush()
	fmt.Print(out.String())
	fmt.Printf("%+v\n", d)
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		Radius int
	}
	type Wheel struct {
		Circle
		Spokes int
	}
	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)
	w = Wheel{Circle{Point{1, 2}, 3}, 4}
	fmt.Printf("%v %+v\n", w, w)
}
