package main

import (
	"errors"
	"fmt"
	"sort"
)

type User struct {
	ID    int
	Name  string
	Email string
}

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate")

type UserRepo interface {
	Save(u User) (User, error)
	Find(id int) (User, error)
	All() []User
	Delete(id int) error
}

type memRepo struct {
	next    int
	users   map[int]User
	byEmail map[string]int
}

func NewMemRepo() UserRepo {
	return &memRepo{next: 1, users: map[int]User{}, byEmail: map[string]int{}}
}

func (r *memRepo) Save(u User) (User, error) {
	if id, ok := r.byEmail[u.Email]; ok && id != u.ID {
		return User{}, fmt.Errorf("save %q: %w", u.Email, ErrDuplicate)
	}
	if u.ID == 0 {
		u.ID = r.next
		r.next++
	}
	r.users[u.ID] = u
	r.byEmail[u.Email] = u.ID
	return u, nil
}

func (r *memRepo) Find(id int) (User, error) {
	u, ok := r.users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func (r *memRepo) All() []User {
	out := make([]User, 0, len(r.users))
	for _, u := range r.users {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (r *memRepo) Delete(id int) error {
	u, err := r.Find(id)
	if err != nil {
		return err
	}
	delete(r.users, id)
	delete(r.byEmail, u.Email)
	return nil
}

type Notifier interface{ Notify(to, msg string) }

type recorder []string

func (r *recorder) Notify(to, msg string) { *r = append(*r, to+" <- "+msg) }

type UserService struct {
	repo UserRepo
	n    Notifier
}

func (s UserService) Register(name, email string) (User, error) {
	u, err := s.repo.Save(User{Name: name, Email: email})
	if err != nil {
		return u, fmt.Errorf("register: %w", err)
	}
	s.n.Notify(email, "welcome "+name)
	return u, nil
}

func main() {
	rec := &recorder{}
	svc := UserService{repo: NewMemRepo(), n: rec}
	for _, p := range [][2]string{{"ann", "a@x"}, {"bob", "b@x"}, {"ann2", "a@x"}, {"cy", "c@x"}} {
		u, err := svc.Register(p[0], p[1])
		fmt.Printf("%+v %v\n", u, err)
	}
	fmt.Println(svc.repo.Delete(2), svc.repo.Delete(2))
	_, err := svc.repo.Find(2)
	fmt.Println(errors.Is(err, ErrNotFound), err)
	fmt.Println(svc.repo.All())
	fmt.Println(*rec)
	fmt.Printf("%T %T\n", svc.repo, svc.n)
}
