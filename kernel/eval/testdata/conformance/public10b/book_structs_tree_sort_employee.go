package main

import (
	"fmt"
	"time"
)

type tree struct {
	value       int
	left, right *tree
}

func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func (t *tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.left, t.value, t.right)
}

type Employee struct {
	ID        int
	Name      string
	Address   string
	DoB       time.Time
	Position  string
	Salary    int
	ManagerID int
}

var dilbert Employee

func EmployeeByID(id int) *Employee {
	if id == dilbert.ID {
		return &dilbert
	}
	return &Employee{ID: id, Name: "Unknown"}
}

type Point struct{ X, Y int }
type Circle struct {
	Point
	Radius int
}
type Wheel struct {
	Circle
	Spokes int
}

type address struct {
	hostname string
	port     int
}

func main() {
	data := []int{5, 2, 8, 1, 9, 3, 7, 3}
	Sort(data)
	fmt.Println(data)
	var root *tree
	for _, v := range []int{4, 2, 6, 1} {
		root = add(root, v)
	}
	fmt.Println(root)
	dilbert = Employee{ID: 1, Name: "Dilbert", Salary: 5000, Position: "Engineer", DoB: time.Date(1980, 5, 6, 0, 0, 0, 0, time.UTC)}
	dilbert.Salary -= 5000
	position := &dilbert.Position
	*position = "Senior " + *position
	var employeeOfTheMonth *Employee = &dilbert
	employeeOfTheMonth.Position += " (proactive team player)"
	fmt.Println(dilbert.Position, dilbert.Salary, dilbert.DoB.Format("2006-01-02"))
	EmployeeByID(dilbert.ID).Salary = 100
	fmt.Println(dilbert.Salary, EmployeeByID(7).Name)
	var w Wheel
	w.X = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w = Wheel{Circle: Circle{Point: Point{X: 8, Y: 8}, Radius: 5}, Spokes: 20}
	fmt.Printf("%v %+v\n", w, w)
	hits := make(map[address]int)
	hits[address{"golang.org", 443}]++
	hits[address{"golang.org", 443}]++
	fmt.Println(hits)
	p := Point{1, 2}
	q := Point{2, 1}
	fmt.Println(p.X == q.X && p.Y == q.Y, p == q)
	pp := &Point{1, 2}
	fmt.Println(*pp, pp.X)
	type empty struct{}
	seen := map[string]empty{"a": {}}
	_, ok := seen["a"]
	fmt.Println(ok, len(seen))
}
