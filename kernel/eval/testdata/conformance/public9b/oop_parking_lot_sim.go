package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

type Vehicle interface {
	Plate() string
	Size() Size
}

type vehicle struct{ plate string }

func (v vehicle) Plate() string { return v.plate }

type Motorbike struct{ vehicle }
type Car struct{ vehicle }
type Bus struct {
	vehicle
	seats int
}

func (Motorbike) Size() Size { return Small }
func (Car) Size() Size       { return Medium }
func (Bus) Size() Size       { return Large }

type Spot struct {
	ID   int
	Size Size
	V    Vehicle
}

type Lot struct {
	spots   []*Spot
	byPlate map[string]*Spot
	fees    map[Size]int
	earned  int
}

var ErrFull = errors.New("lot full")

func NewLot(sizes ...Size) *Lot {
	l := &Lot{byPlate: map[string]*Spot{}, fees: map[Size]int{Small: 1, Medium: 3, Large: 8}}
	for i, s := range sizes {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	if _, dup := l.byPlate[v.Plate()]; dup {
		return 0, fmt.Errorf("%s already parked", v.Plate())
	}
	for _, s := range l.spots {
		if s.V == nil && s.Size >= v.Size() {
			s.V = v
			l.byPlate[v.Plate()] = s
			return s.ID, nil
		}
	}
	return 0, fmt.Errorf("park %s (%v): %w", v.Plate(), v.Size(), ErrFull)
}

func (l *Lot) Leave(plate string, hours int) (int, error) {
	s, ok := l.byPlate[plate]
	if !ok {
		return 0, fmt.Errorf("no vehicle %s", plate)
	}
	fee := l.fees[s.V.Size()] * hours
	l.earned += fee
	s.V = nil
	delete(l.byPlate, plate)
	return fee, nil
}

func (l *Lot) String() string {
	var sb strings.Builder
	for i, s := range l.spots {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "%d%v:", s.ID, s.Size)
		if s.V == nil {
			sb.WriteByte('-')
		} else {
			sb.WriteString(s.V.Plate())
		}
	}
	return sb.String()
}

func main() {
	vs := []Vehicle{Car{vehicle{"C1"}}, Motorbike{vehicle{"M1"}}, Bus{vehicle{"B1"}, 40}, Car{vehicle{"C2"}}, Car{vehicle{"C3"}}, Car{vehicle{"C1"}}}
	lot := NewLot(Small, Medium, Medium, Large)
	for _, v := range vs {
		id, err := lot.Park(v)
		fmt.Println(v.Plate(), id, err, errors.Is(err, ErrFull))
	}
	fmt.Println(lot)
	for _, p := range []string{"M1", "C2", "ZZ"} {
		fmt.Println(lot.Leave(p, 3))
	}
	fmt.Println(lot.Park(Car{vehicle{"C3"}}))
	fmt.Println(lot, lot.earned)
	plates := make([]string, 0, len(lot.byPlate))
	for p := range lot.byPlate {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	fmt.Println(plates, Size(9))
}
