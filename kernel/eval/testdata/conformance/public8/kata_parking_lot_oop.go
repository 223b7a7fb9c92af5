package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string { return [...]string{"S", "M", "L"}[s] }

type Vehicle interface {
	Plate() string
	Size() Size
}

type Car struct{ plate string }
type Bike struct{ plate string }
type Truck struct {
	plate string
	axles int
}

func (c Car) Plate() string   { return c.plate }
func (c Car) Size() Size      { return Medium }
func (b Bike) Plate() string  { return b.plate }
func (b Bike) Size() Size     { return Small }
func (t Truck) Plate() string { return t.plate }
func (t Truck) Size() Size    { return Large }

type Spot struct {
	ID   int
	Size Size
	V    Vehicle
}

type Lot struct {
	spots []*Spot
	where map[string]*Spot
}

var ErrFull = errors.New("lot full")

func NewLot(sizes ...Size) *Lot {
	l := &Lot{where: map[string]*Spot{}}
	for i, s := range sizes {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	if _, dup := l.where[v.Plate()]; dup {
		return 0, fmt.Errorf("%s already parked", v.Plate())
	}
	var best *Spot
	for _, s := range l.spots {
		if s.V == nil && s.Size >= v.Size() && (best == nil || s.Size < best.Size) {
			best = s
		}
	}
	if best == nil {
		return 0, fmt.Errorf("park %T %s: %w", v, v.Plate(), ErrFull)
	}
	best.V = v
	l.where[v.Plate()] = best
	return best.ID, nil
}

func (l *Lot) Leave(plate string) bool {
	s, ok := l.where[plate]
	if ok {
		s.V = nil
		delete(l.where, plate)
	}
	return ok
}

func (l *Lot) String() string {
	var parts []string
	for _, s := range l.spots {
		occ := "-"
		if s.V != nil {
			occ = s.V.Plate()
		}
		parts = append(parts, fmt.Sprintf("%d%v:%s", s.ID, s.Size, occ))
	}
	return strings.Join(parts, " ")
}

func main() {
	lot := NewLot(Small, Medium, Medium, Large)
	for _, v := range []Vehicle{Bike{"B1"}, Car{"C1"}, Truck{"T1", 3}, Car{"C2"}, Car{"C3"}, Bike{"B2"}, Car{"C1"}} {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%-5T %s -> spot %d\n", v, v.Plate(), id)
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("T1"), lot.Leave("ZZ"))
	id, err := lot.Park(Car{"C3"})
	fmt.Println(id, err)
	plates := make([]string, 0, len(lot.where))
	for p := range lot.where {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	fmt.Println(plates, lot)
}
