package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
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
type Motorbike struct{ plate string }
type Truck struct {
	plate string
	axles int
}

func (c Car) Plate() string       { return c.plate }
func (Car) Size() Size            { return Medium }
func (m Motorbike) Plate() string { return m.plate }
func (Motorbike) Size() Size      { return Small }
func (t Truck) Plate() string     { return t.plate }
func (Truck) Size() Size          { return Large }

type Spot struct {
	ID       string
	Size     Size
	Occupant Vehicle
	Since    time.Time
}

var (
	ErrFull      = errors.New("no spot available")
	ErrNotParked = errors.New("vehicle not parked")
)

type Lot struct {
	spots []*Spot
	rates map[Size]float64 // per started hour
}

func (l *Lot) Park(v Vehicle, at time.Time) (*Spot, error) {
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant, s.Since = v, at
			return s, nil
		}
	}
	return nil, fmt.Errorf("park %s (%v): %w", v.Plate(), v.Size(), ErrFull)
}

func (l *Lot) Leave(plate string, at time.Time) (float64, error) {
	for _, s := range l.spots {
		if s.Occupant != nil && s.Occupant.Plate() == plate {
			hours := int(at.Sub(s.Since).Hours())
			if at.Sub(s.Since) > time.Duration(hours)*time.Hour {
				hours++
			}
			fee := float64(hours) * l.rates[s.Occupant.Size()]
			if t, ok := s.Occupant.(Truck); ok && t.axles > 2 {
				fee *= 1.5
			}
			s.Occupant = nil
			return fee, nil
		}
	}
	return 0, fmt.Errorf("leave %s: %w", plate, ErrNotParked)
}

func (l *Lot) Status() string {
	free := map[Size]int{}
	var used []string
	for _, s := range l.spots {
		if s.Occupant == nil {
			free[s.Size]++
		} else {
			used = append(used, s.ID+"="+s.Occupant.Plate())
		}
	}
	sort.Strings(used)
	return fmt.Sprintf("free S:%d M:%d L:%d | %s", free[Small], free[Medium], free[Large], strings.Join(used, " "))
}

func main() {
	lot := &Lot{rates: map[Size]float64{Small: 1, Medium: 2.5, Large: 6}}
	for i, sz := range []Size{Small, Small, Medium, Medium, Large} {
		lot.spots = append(lot.spots, &Spot{ID: fmt.Sprintf("%v%d", sz, i), Size: sz})
	}
	t0 := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	vehicles := []Vehicle{Car{"12가3456"}, Motorbike{"M-1"}, Truck{"T-9", 3}, Car{"C-2"}, Car{"C-3"}, Motorbike{"M-2"}}
	for i, v := range vehicles {
		s, err := lot.Park(v, t0.Add(time.Duration(i)*10*time.Minute))
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%s -> %s\n", v.Plate(), s.ID)
	}
	fmt.Println(lot.Status())
	for _, p := range []string{"T-9", "12가3456", "X-0", "M-1"} {
		fee, err := lot.Leave(p, t0.Add(150*time.Minute))
		fmt.Printf("%s fee=%.2f err=%v\n", p, fee, err)
	}
	fmt.Println(lot.Status())
}
